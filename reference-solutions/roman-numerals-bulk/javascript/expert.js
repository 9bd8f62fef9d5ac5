const THOUSANDS = ['', 'M', 'MM', 'MMM'];
const HUNDREDS = ['', 'C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM'];
const TENS = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
const ONES = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
// Two digits at a time: the numeral of n is HIGH[n / 100] + LOW[n % 100]. The two tables cost 140
// concatenations, far fewer than a table of all 3999 numerals, and leave one per number.
const HIGH = THOUSANDS.flatMap((t) => HUNDREDS.map((h) => t + h));
const LOW = TENS.flatMap((t) => ONES.map((o) => t + o));

function toRomanAll(nums) {
  const n = nums.length;
  const result = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    const high = (x / 100) | 0;
    result[i] = HIGH[high] + LOW[x - high * 100];
  }
  return result;
}
