/** Version of the parser: bump when extraction output changes, so stored rows can be re-parsed. */
export const PARSER_VERSION = '0.3.0';
