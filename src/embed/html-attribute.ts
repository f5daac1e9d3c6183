/** Text for a double-quoted HTML attribute: `&`, `"` and `<` escaped, so it can neither end the attribute nor open a tag. */
export const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
