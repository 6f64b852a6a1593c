/** The tool's version, shown in reports and the User-Agent. Keep in step with package.json. */
export const TOOL_VERSION = '0.1.0';
