import { compileProfile, type CompiledProfile } from './compile-profile';
import { BASIC_PROFILE } from './named-profiles';

let compiled: CompiledProfile | null = null;

/** The compiled Basic profile, shared: the strictest reading when no profile is given. */
export function basicProfile(): CompiledProfile {
  compiled ??= compileProfile(BASIC_PROFILE);
  return compiled;
}
