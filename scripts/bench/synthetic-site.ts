// A synthetic content folder for the benchmark: the example content (site, campaigns, audiences,
// policies, messages) plus generated articles and messages up to the requested counts. Article
// bodies are the example articles' own bodies, cycled, so pages weigh what real pages weigh.
import fs from 'node:fs';
import path from 'node:path';

export interface SyntheticSize {
  articles: number;
  messages: number;
}

const TAGS = ['tháng cao điểm', 'chỉ tiêu', 'bưu điện', 'hội phụ nữ', 'mô hình hay', 'tiết kiệm', 'lương hưu', 'nông dân', 'hộ kinh doanh', 'đối thoại', 'VssID', 'hỗ trợ tiền đóng', 'tái tục', 'thanh niên', 'người cao tuổi', 'hợp tác xã', 'tổ dân phố', 'loa truyền thanh', 'Zalo', 'tập huấn'];

/** The entries of a collection folder: its .md/.mdx files, not its subfolders (translations live in km/). */
function entryFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
}

function split(file: string): { front: string; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return { front: match[1]!, body: match[2]! };
}

const yamlString = (value: string) => JSON.stringify(value);

/** Writes the synthetic content folder into `dir`; returns every article (for the baseline). */
export function writeSyntheticContent(exampleDir: string, dir: string, size: SyntheticSize): { id: string; title: string; body: string }[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(exampleDir, dir, { recursive: true });
  const campaigns = entryFiles(path.join(dir, 'campaigns')).map((f) => f.replace(/\.mdx?$/, '')).sort();
  const exampleArticles = entryFiles(path.join(exampleDir, 'articles')).sort().map((f) => split(path.join(exampleDir, 'articles', f)));
  const bodies = exampleArticles.map((a) => a.body);
  const titles = exampleArticles.map((a) => /^title: (.*)$/m.exec(a.front)?.[1]?.replace(/^"|"$/g, '') ?? 'Tin bài');

  const exampleIds = entryFiles(path.join(exampleDir, 'articles')).sort().map((f) => f.replace(/\.mdx?$/, ''));
  const written = exampleArticles.map((a, k) => ({ id: exampleIds[k]!, title: titles[k]!, body: a.body }));
  for (let i = 0; written.length < size.articles; i++) {
    const id = `bai-tong-hop-${String(i + 1).padStart(4, '0')}`;
    const title = `${titles[i % titles.length]} (bản tổng hợp ${i + 1})`.slice(0, 160);
    const day = new Date(Date.UTC(2020, 0, 1) + ((i * 37) % 2400) * 86_400_000).toISOString().slice(0, 10);
    const tags = [TAGS[i % TAGS.length]!, TAGS[(i * 7 + 3) % TAGS.length]!].filter((t, k, all) => all.indexOf(t) === k);
    const body = bodies[i % bodies.length]!;
    const front = [
      `title: ${yamlString(title)}`,
      `date: "${day}"`,
      'author: Phòng Truyền thông',
      `campaign: ${campaigns[i % campaigns.length]}`,
      `tags: [${tags.map(yamlString).join(', ')}]`,
      `summary: ${yamlString(`Bài tổng hợp số ${i + 1} về bảo hiểm xã hội tự nguyện: mức đóng, mức hỗ trợ và cách đăng ký tại địa phương.`)}`,
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'articles', `${id}.mdx`), `---\n${front}\n---\n${body}`);
    written.push({ id, title, body });
  }

  const messageDir = path.join(dir, 'messages');
  const exampleMessages = entryFiles(messageDir).sort().map((f) => /^text: (.*)$/m.exec(split(path.join(messageDir, f)).front)?.[1]?.replace(/^"|"$/g, '') ?? 'Tham gia BHXH tự nguyện');
  for (let i = 0; entryFiles(messageDir).length < size.messages; i++) {
    const campaign = campaigns[i % campaigns.length]!;
    const text = `${exampleMessages[i % exampleMessages.length]!.slice(0, 260)} (${i + 1})`;
    fs.writeFileSync(path.join(messageDir, `tong-hop-${i + 1}.mdx`), `---\ntext: ${yamlString(text)}\ncampaigns: [${campaign}]\norder: ${100 + i}\n---\n`);
  }
  return written;
}
