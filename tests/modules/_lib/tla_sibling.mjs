console.log('sibling: runs while slow awaits');
export const sibling = 'sibling-value';
