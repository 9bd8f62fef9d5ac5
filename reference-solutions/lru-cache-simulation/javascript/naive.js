class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map();
    // Sentinels: head.next is the least recently used entry, tail.prev the most recent.
    this.head = { key: 0, value: 0, prev: null, next: null };
    this.tail = { key: 0, value: 0, prev: null, next: null };
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  append(node) {
    node.prev = this.tail.prev;
    node.next = this.tail;
    this.tail.prev.next = node;
    this.tail.prev = node;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  put(key, value) {
    const node = this.nodes.get(key);
    if (node !== undefined) {
      node.value = value;
      this.unlink(node);
      this.append(node);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.head.next;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const fresh = { key, value, prev: null, next: null };
    this.nodes.set(key, fresh);
    this.append(fresh);
  }
}

const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [c, q] = lines[0].split(' ').map(Number);
const cache = new LRUCache(c);
let out = '';
for (let i = 1; i <= q; i++) {
  const [op, key, value] = lines[i].split(' ');
  if (op === 'G') out += cache.get(Number(key)) + '\n';
  else cache.put(Number(key), Number(value));
}
process.stdout.write(out);
