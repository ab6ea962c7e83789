/** jianbao's view of why the model stopped, as in the AI SDK. */
export type FinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'other';

/** Maps the raw `finish_reason` of any OpenAI-compatible server, in one place. */
export function mapFinishReason(raw: string | null | undefined): FinishReason {
  switch (raw) {
    case 'stop':
    case 'eos': // some llama.cpp / vLLM builds
      return 'stop';
    case 'length':
    case 'max_tokens':
      return 'length';
    case 'content_filter':
    case 'sensitive': // DashScope/Moonshot moderation
      return 'content-filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    default:
      return 'other';
  }
}
