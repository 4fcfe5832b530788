// webpack imports .txt files as their text (asset/source).
declare module "*.txt" {
  const text: string;
  export default text;
}
