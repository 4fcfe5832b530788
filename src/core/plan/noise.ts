// Lines that belong to the page, not the plan: page footers, a repeated document number, a web page's
// breadcrumbs and metadata, a mirror site's title. Readers skip them wherever they stand.
import { removeSpaces } from "./normalize";

const PAGE_FOOTER = /^[-—–－―_]+\d{1,4}[-—–－―_]+$|^第\d{1,4}页(共\d{1,4}页)?$|^\d{1,4}\/\d{1,4}$/;
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{2,12}[〔［[（(]\d{4}[〕］\]）)]\d{1,4}号$/;
const BREADCRUMB = /^(首页|当前位置|您当前的位置|您的位置|你的位置|当前所在位置)[:：]?.*[>＞»›]/;
const METADATA =
  /^(发布时间|发布日期|来源|信息来源|文章来源|字号|浏览次数|阅读次数|访问量|点击数|索引号|主题分类|体裁分类|组配分类|发布机构|公开方式|公开范围|生成日期|【?打印|关闭窗口|【?关闭|分享到|扫一扫|责任编辑|编辑)[:：]?/;
/** An image's file name left where the picture stood: "0.jpeg", "1234.webp.jpg". */
const IMAGE_NAME = /^[\w.-]*\.(jpe?g|png|gif|webp|bmp|tiff?)$/i;
/** "2024年…分解方案_某某资讯网": a page title that a copying site put above the text. */
const MIRROR_TITLE = /[_|｜\-–—][\u4e00-\u9fffA-Za-z0-9]{2,16}(网|在线|资讯|门户|文库|百科)$/;

/**
 * Is this line page furniture rather than plan text?
 * @example isNoiseLine("—1 —") && isNoiseLine("江津府办发〔2023〕12号") && isNoiseLine("首页 > 政务公开 > 通知")
 */
export function isNoiseLine(text: string): boolean {
  const t = removeSpaces(text);
  if (t === "") return false;
  return (
    PAGE_FOOTER.test(t) ||
    DOCUMENT_NUMBER.test(t) ||
    BREADCRUMB.test(t) ||
    METADATA.test(t) ||
    IMAGE_NAME.test(t) ||
    MIRROR_TITLE.test(t)
  );
}
