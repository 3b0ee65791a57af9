// The amounts a loudspeaker script states, from the same rule set as the pages (the build's
// reference date): the lowest contribution, what a member pays after the State's support, and
// what a poor household pays. Named amounts, so they agree with "{{tu-dong-khac}}" in content.
import { evaluateAmount } from '../rules/amount-expression.ts';
import type { RuleSet } from '../rules/rule-set.ts';
import type { ScriptFacts } from './script.ts';

export function scriptFacts(set: RuleSet): ScriptFacts {
  return {
    minimum: evaluateAmount('muc-dong-thap-nhat', set).value,
    lowestOwn: evaluateAmount('tu-dong-khac', set).value,
    poorOwn: set.stateSupport ? evaluateAmount('tu-dong-ho-ngheo', set).value : null,
    date: set.date,
  };
}

/** A site address as read aloud and printed: no scheme, no trailing slash ("loa.example/dang-ky"). */
export function spokenAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`.replace(/\/+$/, '');
}
