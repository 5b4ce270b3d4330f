// Public face of the raster part: compile a plan, then frames at any time (pure; runs in the browser).
export { StreamedTimeline } from './streamed-timeline.js';
export { compilePlan, colorWord, type CompiledPlan, type CompiledStep, type PlanTimeline } from './compile.js';
export { frameAt, eventsAt, shownEvents, FramePlayer, upscaleNearest, type DirtyRect } from './frame.js';
export { mulberry32, revealSeed } from './events.js';
export { layoutTextCard, type CardLayout, type CardLine } from './text.js';
