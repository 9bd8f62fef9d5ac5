const THOUSANDS = ['', 'M', 'MM', 'MMM'];
const HUNDREDS = ['', 'C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM'];
const TENS = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
const ONES = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

function toRomanAll(nums) {
  // Each decimal digit has its own numeral: one table per place.
  return nums.map((n) => THOUSANDS[Math.floor(n / 1000)] + HUNDREDS[Math.floor(n / 100) % 10] + TENS[Math.floor(n / 10) % 10] + ONES[n % 10]);
}
