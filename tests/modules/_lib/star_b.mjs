export const same = 'b';
export const onlyB = 'B';
