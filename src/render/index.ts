export { renderBriefingMarkdown, type BriefingOptions } from './briefing-markdown.js';
