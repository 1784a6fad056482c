/** Campaign's conf folder for an nlserver executable: <install>/conf beside <install>/bin. */
export declare function confDirOf(executable: string): string;
export declare function configPathOf(confDir: string, instance: string): string;
/** The fake's opaque, deterministic stand-in for an AES-encrypted attribute value. */
export declare function encryptedStandIn(value: string): string;
/** The ims attributes a -setimsoauth / -setimsjwtauth argument sets; null for other arguments. */
export declare function imsAttributesOf(arg: string): Record<string, string> | null;
/** The attributes of the first ims element, wherever it sits; null without one. */
export declare function readImsAttributes(text: string): Record<string, string> | null;
/** The text with the attributes set on its ims element (added under serverconf > shared if absent). */
export declare function withImsAttributes(text: string, attributes: Record<string, string>): string;
export declare function updateConfigFile(path: string, attributes: Record<string, string>): void;
