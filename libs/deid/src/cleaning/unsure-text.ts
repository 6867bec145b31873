/**
 * Signs that free text cannot be judged by the cleaning rules, so the whole value goes:
 * scripts whose names carry no case or surname cue the rules know, control characters, private-use
 * characters, ideographic or phonetic runs that may be a person's name, and CJK addresses.
 */

// Letters of scripts other than Latin, Han, kana, Hangul and Bopomofo; one such letter alone (µ, α, β
// as units or labels) is tolerated, two in a row are words the rules cannot read.
const OTHER_SCRIPT_WORD =
  /[^\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\P{L}]{2}/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/u;
const PRIVATE_USE = /[\p{Co}]/u;

// The most frequent family names in Taiwan, China, Japan (first character) and Korea. A Han run that
// contains one may be a name: the rules cannot segment Chinese text into words. Characters that are
// also everyday medical words (高 high, 白 white, 石 stone, 金, 方, 田, ...) are left out.
const HAN_SURNAMES =
  '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范宋鄧杜傅侯曹薛丁卓阮馬董温唐藍蔣紀姚馮歐湯黄姜汪鄒尤巫鐘黎涂龔嚴韓袁童陸夏柳凃邵钟陈刘杨郑谢赵孙马冯萧苏龚严韩卢罗' +
  '山佐鈴渡伊吉斎松井村森池橋阿坂藤岡';
const HANGUL_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호제';

const HAN_RUN = /\p{Script=Han}{2,}/gu;
const HANGUL_RUN = /\p{Script=Hangul}{2,4}/gu;
const KANA_RUN = /[\p{Script=Hiragana}\p{Script=Katakana}]{2,}/u;
const CJK_ADDRESS =
  /\p{Script=Han}{1,6}[市縣県区區郡道省州]|\d+\s*[號号巷弄樓楼段鄰番丁]|[路街]\s*\d|[동읍면리]\s*\d|\d+\s*(?:번지|호|층)/u;

function hasHanName(text: string): boolean {
  for (const run of text.matchAll(HAN_RUN)) {
    for (const char of run[0]) if (HAN_SURNAMES.includes(char)) return true;
  }
  return false;
}

function hasHangulName(text: string): boolean {
  for (const run of text.matchAll(HANGUL_RUN)) {
    if (HANGUL_SURNAMES.includes(run[0][0] as string)) return true;
  }
  return false;
}

/** True when text must be removed whole instead of cleaned. */
export function isUnsureText(text: string): boolean {
  if (ASCII_ONLY.test(text)) return CONTROL.test(text);
  return (
    CONTROL.test(text) ||
    PRIVATE_USE.test(text) ||
    OTHER_SCRIPT_WORD.test(text) ||
    KANA_RUN.test(text) ||
    CJK_ADDRESS.test(text) ||
    hasHanName(text) ||
    hasHangulName(text)
  );
}
