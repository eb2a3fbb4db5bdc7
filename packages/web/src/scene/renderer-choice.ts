import type { RendererPreference } from "pixi.js";

/** Renderer names of WebGL done in software: no GPU, a blocklisted one, or a headless browser. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether WebGL here runs in software. Such a WebGL reads every frame back to the CPU and draws the table
 * many times slower than Canvas 2D, and browsers do not always flag it as a performance caveat.
 */
export function webglIsSoftware(): boolean {
  const canvas = document.createElement("canvas");
  const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
  if (gl === null) return true;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return SOFTWARE.test(renderer);
}

/** PixiJS's renderers to try, in order: WebGL on a GPU, else Canvas 2D. */
export function rendererPreference(): RendererPreference[] {
  return webglIsSoftware() ? ["canvas"] : ["webgl", "canvas"];
}
