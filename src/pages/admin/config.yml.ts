// /admin/config.yml: the editor's configuration, generated from the content schemas.
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { loadSite } from '../../data/content.ts';
import { siteCmsConfig } from '../../data/cms.ts';

export const GET: APIRoute = async () =>
  new Response(`# Tạo tự động từ src/schemas/ khi dựng trang (src/lib/cms/cms-config.ts): đừng sửa tay.\n${stringify(siteCmsConfig(await loadSite()), { lineWidth: 0 })}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
