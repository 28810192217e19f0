/** A message as the i18n tables hold it: a string, or plural forms by category. */
type Message = string | Readonly<Record<string, string>>;

export declare function forms(m: Message): [string, string][];
export declare function texts(table: Readonly<Record<string, Message>>): [string, string][];
export declare function placeholders(text: string): Set<string>;
export declare function whole(m: Message): string;
export declare function words(text: string): string[];
