export const same = 'a';
export const onlyA = 'A';
