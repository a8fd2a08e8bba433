export declare const refa: () => typeof import('refa');
export declare const avsc: () => typeof import('avsc');
