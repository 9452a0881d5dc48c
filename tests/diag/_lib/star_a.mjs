export const same = 1;
