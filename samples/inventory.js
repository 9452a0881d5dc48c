// inventory.js: a small inventory report with classes, getters, sorting
// and fixed-width formatting.
class Item {
  constructor(sku, name, price, qty) {
    this.sku = sku;
    this.name = name;
    this.price = price;
    this.qty = qty;
  }
  get value() { return this.price * this.qty; }
}

class PerishableItem extends Item {
  constructor(sku, name, price, qty, daysLeft) {
    super(sku, name, price, qty);
    this.daysLeft = daysLeft;
  }
  get value() {
    const discount = this.daysLeft < 3 ? 0.5 : 1;
    return super.value * discount;
  }
}

class Inventory {
  constructor() { this.items = []; }
  add(item) {
    if (this.items.some((i) => i.sku === item.sku)) {
      throw new Error(`duplicate sku ${item.sku}`);
    }
    this.items.push(item);
    return this;
  }
  get total() { return this.items.reduce((sum, i) => sum + i.value, 0); }
  lowStock(limit) { return this.items.filter((i) => i.qty < limit); }
  report() {
    const lines = [];
    const sorted = this.items.slice().sort((a, b) => b.value - a.value);
    for (const i of sorted) {
      lines.push(i.sku.padEnd(6) + i.name.padEnd(14) +
                 String(i.qty).padStart(5) + i.value.toFixed(2).padStart(10));
    }
    lines.push("-".repeat(35));
    lines.push("TOTAL".padEnd(25) + this.total.toFixed(2).padStart(10));
    return lines.join("\n");
  }
}

const inv = new Inventory();
inv.add(new Item("A100", "hammer", 12.5, 10))
   .add(new Item("A200", "screwdriver", 4.25, 40))
   .add(new PerishableItem("F300", "glue", 3.1, 7, 2))
   .add(new PerishableItem("F400", "paint", 19.99, 3, 30))
   .add(new Item("A500", "tape", 1.75, 120));
console.log(inv.report());
console.log("low stock:", inv.lowStock(10).map((i) => i.name));
try {
  inv.add(new Item("A100", "again", 1, 1));
} catch (e) {
  console.log("rejected:", e.message);
}
