// What the OOXML layer says, in Chinese: the file and the part, what is wrong, and what to do.

/** "文件“方案.docx”中的" when the file is named, else "文件中的". */
const inFile = (source: string) => (source ? `文件“${source}”中的` : "文件中的");

/** What a part is for, said after its path where a person would not know it. */
const PART_ROLES: Record<string, string> = {
  "xl/workbook.xml": "工作簿的工作表清单",
  "xl/_rels/workbook.xml.rels": "工作表与文件部件的对应关系",
  "word/document.xml": "Word 文档的正文",
};

export const OOXML = {
  badXml: (source: string, part: string, detail: string) =>
    `${inFile(source)}“${part || "XML"}”不是有效的 XML（${detail}）：请在 Word/Excel/WPS 中打开后重新另存`,
  missingPart: (source: string, part: string) =>
    `${source ? `文件“${source}”` : "文件"}缺少“${part}”${PART_ROLES[part] ? `（${PART_ROLES[part]}）` : ""}，` +
    "不是完整的 Office 文件：请在 Word/Excel/WPS 中打开后重新另存",
  badZip: "文件已损坏，无法解压：请重新下载，或在 Word/Excel/WPS 中打开后重新另存",
  tooLarge: (part: string, limit: number) =>
    `文件中的“${part}”等内容解压后超过 ${Math.ceil(limit / 1024 / 1024)} MB，已停止读取：请检查文件是否损坏或被改动`,
  doctype: "含有 DTD 声明（<!DOCTYPE …>）；Office 文件从不使用 DTD，为安全起见不读取",
  at: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
} as const;

/** saxes's English messages (saxes 5) in Chinese; a message not listed is shown as saxes wrote it. */
export const SAXES_MESSAGES: ReadonlyArray<readonly [RegExp, (...groups: string[]) => string]> = [
  [/^unclosed tag: (.+)$/, (name) => `标记 <${name}> 没有结束`],
  [/^unexpected end\.$/, () => "内容没有结束就中断了"],
  [/^document must contain a root element\.$/, () => "没有根元素"],
  [/^documents may contain only one root\.$/, () => "含有多个根元素"],
  [/^text data outside of root node\.$/, () => "根元素之外有文字"],
  [/^undefined entity\.$/, () => "含有未定义的实体（如 &xxx;）"],
  [/^disallowed character in entity name\.$/, () => "实体名称中有不允许的字符"],
  [/^empty entity name\.$/, () => "“&”后没有实体名称"],
  [/^malformed character entity\.$/, () => "字符引用（&#…;）不是有效的字符"],
  [/^disallowed character\.$/, () => "含有 XML 不允许的字符"],
  [
    /^disallowed character in (?:tag|closing tag) name\.?$|^disallowed character in closing tag\.$/,
    () => "标记名称中有不允许的字符",
  ],
  [/^disallowed character in attribute name\.$/, () => "属性名称中有不允许的字符"],
  [/^attribute without value\.$/, () => "属性没有值"],
  [/^unquoted attribute value\.$/, () => "属性值没有加引号"],
  [/^no whitespace between attributes\.$/, () => "属性之间缺少空格"],
  [/^duplicate attribute: (.+)\.$/, (name) => `属性 ${name} 重复`],
  [/^unbound namespace prefix: "(.*)"\.$/, (prefix) => `命名空间前缀 ${prefix} 没有声明`],
  [/^malformed name: (.+)\.$/, (name) => `名称 ${name} 不合规则`],
  [/^forward-slash in opening tag not followed by >\.$/, () => "开始标记中的“/”后面不是“>”"],
  [/^weird empty close tag\.$/, () => "结束标记 </> 没有名称"],
  [/^unmatched closing tag: (.+)\.$/, (name) => `结束标记 </${name}> 没有对应的开始标记`],
  [/^malformed comment\.$/, () => "注释格式不对"],
  [/^incorrect syntax\.$/, () => "“<!”后的内容不是注释、CDATA 或 DTD"],
  [/^inappropriately located doctype declaration\.$/, () => "DTD 声明的位置不对"],
  [/^the string "\]\]>" is disallowed in char data\.$/, () => "文字中出现了不允许的“]]>”"],
  [/^processing instruction without a target\.$/, () => "处理指令没有目标"],
  [
    /^(?:an )?XML declaration must (?:be at|appear at) the start of the document\.$/i,
    () => "XML 声明不在文件开头",
  ],
  [
    /XML declaration|version number|encoding value|standalone value|name\/value pairs|expected (?:the name|one of)|value required|value must be quoted|whitespace required/i,
    () => "XML 声明（<?xml …?>）格式不对",
  ],
];
