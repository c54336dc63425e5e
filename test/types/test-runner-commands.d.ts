/**
 * The browser side of @web/test-runner-commands, for type-checking browser tests.
 * The package's own browser typings import its Node plugin typings, which pull
 * @types/node into every browser file (`process`, `Buffer`, `NodeJS.*` would then
 * type-check in widget code). tsconfig.json maps the package here instead; add a
 * command below when a test starts using it. Runtime resolution is unchanged.
 */
export interface Viewport {
  width: number;
  height: number;
  deviceScaleFactor?: number;
  isLandscape?: boolean;
}
export interface Media {
  media?: 'screen' | 'print';
  colorScheme?: 'dark' | 'light' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
}
export type SendKeysPayload = { type: string } | { press: string } | { down: string } | { up: string };
export type MousePosition = [number, number];
export type MouseButton = 'left' | 'middle' | 'right';
export type SendMousePayload =
  | { type: 'move'; position: MousePosition }
  | { type: 'click'; position: MousePosition; button?: MouseButton }
  | { type: 'down'; button?: MouseButton }
  | { type: 'up'; button?: MouseButton };

export function executeServerCommand<R, P>(command: string, payload?: P): Promise<R>;
export function setViewport(viewport: Viewport): Promise<void>;
export function emulateMedia(media: Media): Promise<void>;
export function sendKeys(payload: SendKeysPayload): Promise<void>;
export function sendMouse(payload: SendMousePayload): Promise<void>;
export function resetMouse(): Promise<void>;
