// Types of scripts/pack-check.mjs for the tests that call its checks directly.
export declare const REQUIRED: string[];
export declare function checkEntries(entries: string[]): string[];
export declare function checkFuses(wire: Record<string, string | number>, wanted: Record<string, boolean> | undefined): string[];
export declare function strayImports(source: string): string[];
export declare function checkContents(read: (file: string) => string): string[];
export declare function packCheck(): Promise<{ entries: number; problems: string[] }>;
