// Two message files with the same slogan (src/lib/site/message-groups.ts) are allowed, since
// campaigns reuse slogans, but staff should know: the message list shows the slogan once.
import type { Message } from '../../schemas/message.ts';
import { groupMessages } from '../site/message-groups.ts';
import type { ContentIssue } from './content-issue.ts';
import type { Entry } from './entries.ts';

/** A warning on each message after the first of a group with the same text. */
export function duplicateMessageWarnings(messages: readonly Entry<Message>[]): ContentIssue[] {
  return groupMessages(messages).flatMap(({ messages: [first, ...others] }) =>
    others.map((message) => ({
      file: message.file,
      field: 'text',
      expected: `cùng câu với ${first!.file}: danh sách thông điệp hiện câu này một lần, kèm các chiến dịch dùng nó (sửa nếu không cố ý)`,
    })),
  );
}
