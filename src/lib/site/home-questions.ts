// The three questions a citizen comes to the home page with, each leading to the page that
// answers it, with its one-line answer on the card. Which page answers which question is
// content (a policy's topic), the short answer is the policy's own `answer` field, so the card
// and the page never say two different things.
import type { Policy, POLICY_TOPICS } from '../../schemas/policy.ts';
import { policiesInOrder, type Item } from './collections.ts';
import { routes } from './routes.ts';

type Topic = (typeof POLICY_TOPICS)[number];

/** The questions in the order the home page asks them, by the policy topic that answers each. */
export const HOME_QUESTION_TOPICS = ['muc-dong', 'dang-ky', 'quyen-loi'] as const satisfies readonly Topic[];
export type HomeQuestionTopic = (typeof HOME_QUESTION_TOPICS)[number];

export interface HomeQuestion {
  topic: HomeQuestionTopic;
  /** Where the card leads: the first policy (in reading order) of the topic, else the policy list. */
  href: string;
  /** The one-line answer shown on the card, when there is one. */
  answer?: string;
}

/**
 * The three cards. `override` replaces a card's link or answer where a better page exists (the
 * contribution calculator for "how much", with an amount computed from the rules).
 */
export function homeQuestions(policies: readonly Item<Policy>[], override: Partial<Record<HomeQuestionTopic, Partial<Omit<HomeQuestion, 'topic'>>>> = {}): HomeQuestion[] {
  const ordered = policiesInOrder(policies);
  return HOME_QUESTION_TOPICS.map((topic) => {
    const policy = ordered.find((p) => p.data.topic === topic);
    const base: HomeQuestion = { topic, href: policy ? routes.policy(policy.id) : routes.policies(), ...(policy?.data.answer && { answer: policy.data.answer }) };
    return { ...base, ...override[topic] };
  });
}
