export declare const refa: () => typeof import('refa');
export declare const avsc: () => typeof import('avsc');
export declare const re2js: () => typeof import('re2js');
export declare const undici: () => typeof import('undici');
