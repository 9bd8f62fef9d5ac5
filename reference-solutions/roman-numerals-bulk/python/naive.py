SYMBOLS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman_all(nums):
    # Repeated subtraction: scan the symbols from the top for the largest one that fits,
    # append it, subtract it, and start over.
    result = []
    for n in nums:
        numeral = ""
        while n > 0:
            for value, symbol in SYMBOLS:
                if value <= n:
                    numeral += symbol
                    n -= value
                    break
        result.append(numeral)
    return result
