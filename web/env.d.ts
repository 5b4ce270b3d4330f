// esbuild bundles imported stylesheets next to the script (overlay.ts → overlay.css).
declare module '*.css';
