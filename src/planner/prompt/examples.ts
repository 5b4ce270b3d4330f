// Few-shot plans embedded in the system prompt. Compact JSON on purpose: every byte here is
// paid for on every request whose prefix is not cached, and the model copies their verbosity
// into its own answer (every output token is waiting time on stream): #rgb colours, no
// default values, `animate` only where it changes the show (issue 14). They follow the decoder schema
// (dsl decoderJsonSchema): key order version, canvas, steps, seed (llama.cpp grammars emit
// required keys first), no groups, no caption (the system sets it). Each must stay a valid
// DSL v1 plan (test/planner/prompt-and-safety.test.ts parses them).

export interface PromptExample {
  request: string;
  plan: string;
}

export const PROMPT_EXAMPLES: readonly PromptExample[] = [
  {
    request: 'нарисуй котика в космосе',
    plan:
      '{"version":"1","canvas":{"w":96,"h":96,"bg":"#113"},"steps":[' +
      '{"op":"pixels","points":[[8,10],[30,6],[70,12],[88,30],[12,60],[84,80],[50,88]],"color":"#fff"},' +
      '{"op":"circle","cx":80,"cy":16,"r":8,"fill":"#fa6"},' +
      '{"op":"polygon","points":[[33,48],[36,28],[46,40]],"fill":"#f91","outline":"#000"},' +
      '{"op":"polygon","points":[[50,40],[60,28],[63,48]],"fill":"#f91","outline":"#000"},' +
      '{"op":"circle","cx":48,"cy":56,"r":18,"fill":"#f91","outline":"#000","animate":{"mode":"stroke"}},' +
      '{"op":"rect","x":40,"y":50,"w":4,"h":4,"fill":"#000"},' +
      '{"op":"rect","x":52,"y":50,"w":4,"h":4,"fill":"#000"},' +
      '{"op":"line","x1":44,"y1":63,"x2":52,"y2":63,"color":"#000"}' +
      '],"seed":42}',
  },
  {
    request: 'sunset over the sea with the word HELLO',
    plan:
      '{"version":"1","canvas":{"w":96,"h":96,"bg":"#fb4"},"steps":[' +
      '{"op":"circle","cx":48,"cy":60,"r":20,"fill":"#f40"},' +
      '{"op":"rect","x":0,"y":60,"w":96,"h":36,"fill":"#169"},' +
      '{"op":"line","x1":22,"y1":70,"x2":42,"y2":70,"width":2,"color":"#ade"},' +
      '{"op":"line","x1":56,"y1":80,"x2":76,"y2":80,"width":2,"color":"#ade"},' +
      '{"op":"text","x":19,"y":14,"value":"HELLO","size":2,"color":"#223","animate":{"duration_ms":1200}}' +
      '],"seed":3}',
  },
];
