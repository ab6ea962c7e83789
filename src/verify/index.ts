export { verifyOutput, type VerifyOutput } from './verify-output.js';
