// Types of scripts/ensure-electron.mjs for the tests that import it.
export declare const MIN_NODE: string;
export declare function nodeTooOld(version: string): boolean;
export declare function defaultElectronDir(): string;
export declare function electronBinary(electronDir: string): string | null;
export interface InstallResult {
  code: number;
  reason: string;
}
export declare function runElectronInstaller(electronDir: string, env?: NodeJS.ProcessEnv): Promise<InstallResult>;
export declare const nodeMessage: (version: string) => string;
export declare const downloadMessage: (reason: string) => string;
export declare function ensureElectron(options?: {
  nodeVersion?: string;
  electronDir?: string;
  install?: (electronDir: string) => Promise<InstallResult>;
  log?: (line: string) => void;
  error?: (line: string) => void;
}): Promise<number>;
