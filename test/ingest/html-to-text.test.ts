import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/index.js';

/** A portal article page: nav, ads (English and pinyin class names), sidebar, share bar, comments, footer. */
const PORTAL_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<title>英伟达H20芯片恢复对华销售 - 新浪财经</title>
<meta property="og:site_name" content="新浪财经">
<meta property="article:published_time" content="2025-07-15T09:12:00+08:00">
<link rel="canonical" href="https://finance.sina.com.cn/tech/2025-07-15/doc-abc.shtml">
<script>var _hmt = _hmt || []; window.trackPage("首页脚本不应出现");</script>
<style>.ad_box{display:block}</style>
</head><body>
<div class="top-nav"><a href="/">首页</a> <a href="/stock">股票</a> <a href="/fund">基金</a></div>
<header><a href="/">新浪财经</a><span>财经头条</span></header>
<div class="guanggao"><a href="https://ad.example">开户领好礼，限时免佣金</a></div>
<div id="main">
  <h1 class="main-title">英伟达H20芯片恢复对华销售</h1>
  <div class="date-source"><span class="date">2025年07月15日 09:12</span> <a class="source">第一财经</a></div>
  <div class="article" id="artibody">
    <p>　　7月15日，英伟达宣布将恢复向中国市场销售H20芯片，美国政府已表示将批准相关出口许可。</p>
    <p>　　英伟达首席执行官黄仁勋当天在北京表示，中国市场规模巨大，充满活力，公司将继续深耕中国。</p>
    <div class="ad-inline">扫码下载新浪财经APP，看实时行情</div>
    <p>　　分析人士指出，此举有望为英伟达带来数十亿美元的收入。</p>
    <div class="share-bar">分享到：微博 微信 QQ空间</div>
  </div>
  <div class="related-news"><h3>相关阅读</h3><ul><li><a href="/1">英伟达市值突破4万亿美元</a></li><li><a href="/2">黄仁勋再度访华</a></li></ul></div>
  <div id="comment-box">网友评论：芯片什么时候降价？</div>
</div>
<aside class="sidebar"><h3>热门推荐</h3><a href="/h">A股三大指数集体收涨</a></aside>
<div class="hot-list"><a href="/x">24小时热榜：某明星官宣</a></div>
<footer><p class="copyright">Copyright © 1996-2025 SINA Corporation, All Rights Reserved</p></footer>
</body></html>`;

describe('htmlToText', () => {
  it('extracts the article body of a portal page and drops nav, ads, share bars, related, comments, sidebar and footer', () => {
    const r = htmlToText(PORTAL_PAGE);
    for (const must of ['7月15日，英伟达宣布将恢复向中国市场销售H20芯片', '中国市场规模巨大，充满活力', '有望为英伟达带来数十亿美元的收入']) {
      expect(r.text).toContain(must);
    }
    for (const mustNot of ['首页', '开户领好礼', '扫码下载', '分享到', '相关阅读', '英伟达市值突破', '网友评论', '热门推荐', '24小时热榜', 'Copyright', '首页脚本', '_hmt', '.ad_box']) {
      expect(r.text).not.toContain(mustNot);
    }
    expect(r.method).toBe('selector');
    // Paragraphs become single line breaks; the U+3000 indent is gone.
    expect(r.text.split('\n')).toHaveLength(3);
    expect(r.text.startsWith('7月15日')).toBe(true);
  });

  it('reads title without the site suffix, date, canonical url and outlet', () => {
    const r = htmlToText(PORTAL_PAGE);
    expect(r.title).toBe('英伟达H20芯片恢复对华销售');
    expect(r.publishedAt).toBe('2025-07-15');
    expect(r.url).toBe('https://finance.sina.com.cn/tech/2025-07-15/doc-abc.shtml');
    expect(r.outlet).toBe('新浪财经');
  });

  it('falls back to the densest block of paragraphs when no content container exists', () => {
    const html = `<html><head><title>国务院部署稳就业_新华网</title></head><body>
      <div class="links"><a href="/a">要闻</a> <a href="/b">时政</a> <a href="/c">财经</a> <a href="/d">国际</a></div>
      <div class="links2"><p><a href="/x">习近平会见外宾</a></p><p><a href="/y">全国政协召开会议</a></p></div>
      <div class="wrap"><div class="box">
        <p>国务院常务会议5月9日召开，部署进一步稳就业的政策措施。</p>
        <p>会议指出，要加大对高校毕业生等重点群体就业的支持力度，今年计划新增城镇就业1200万人以上。</p>
        <p>会议要求，各地区各部门要压实责任，确保政策尽快落地见效。</p>
      </div></div>
      <div class="bottom">京ICP备12345678号 新华网版权所有</div>
    </body></html>`;
    const r = htmlToText(html);
    expect(r.method).toBe('density');
    expect(r.text).toContain('今年计划新增城镇就业1200万人以上');
    expect(r.text).not.toContain('习近平会见外宾');
    expect(r.text).not.toContain('京ICP备');
    expect(r.title).toBe('国务院部署稳就业');
    expect(r.outlet).toBe('新华网');
  });

  it('falls back to all visible text for a page of <br>-separated text in a table cell', () => {
    const html = `<html><body><table><tr><td>深圳发布<br>深圳今年一季度GDP同比增长5.5%<br>规上工业增加值增长7.1%</td></tr></table></body></html>`;
    const r = htmlToText(html);
    expect(r.text).toBe('深圳发布\n深圳今年一季度GDP同比增长5.5%\n规上工业增加值增长7.1%');
  });

  it('finds the date in a byline near the top when there is no meta tag, and uses <time datetime>', () => {
    const byline = htmlToText(`<html><body><header><h1>降准落地</h1><div class="info">发布时间：2025年5月15日 10:00 来源：人民网</div></header>
      <article><p>中国人民银行今日起下调存款准备金率0.5个百分点，释放长期资金约1万亿元。</p></article></body></html>`);
    expect(byline.publishedAt).toBe('2025-05-15');
    expect(byline.title).toBe('降准落地');
    expect(byline.text).toBe('中国人民银行今日起下调存款准备金率0.5个百分点，释放长期资金约1万亿元。');
    const time = htmlToText(`<article><time datetime="2024-12-31">昨天</time><p>国家统计局发布全年经济数据，国内生产总值首次突破130万亿元。</p></article>`);
    expect(time.publishedAt).toBe('2024-12-31');
  });

  it('joins CJK text broken across source lines without inventing spaces, and decodes entities', () => {
    const r = htmlToText('<div class="TRS_Editor"><p>上海市政府今天发布\n      若干措施，计划发放消费券&nbsp;5亿元&amp;配套补贴。</p></div>');
    expect(r.text).toBe('上海市政府今天发布若干措施，计划发放消费券 5亿元&配套补贴。');
  });

  it('survives a page nested 10,000 levels deep', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>深圳市今年一季度地区生产总值同比增长5.5%。</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(htmlToText(html).text).toBe('深圳市今年一季度地区生产总值同比增长5.5%。');
  });

  it('handles HTML without <body>, and a page with no text at all', () => {
    const r = htmlToText('<html><head><title>无正文标签</title></head><p>国务院常务会议今天召开，部署稳就业政策。</p></html>');
    expect(r.text).toBe('国务院常务会议今天召开，部署稳就业政策。');
    expect(r.title).toBe('无正文标签');
    expect(htmlToText('<html><head><title>只有标题</title><script>x()</script></head></html>').text).toBe('');
  });

  it('does not drop the whole page for a chrome-looking class on <body> or <article>', () => {
    const r = htmlToText('<body class="hot-page"><article class="share-enabled"><p>商务部新闻发言人表示，将坚决维护中国企业的正当权益。</p></article></body>');
    expect(r.text).toBe('商务部新闻发言人表示，将坚决维护中国企业的正当权益。');
  });
});
