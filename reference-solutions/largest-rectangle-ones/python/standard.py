import sys


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    heights = [0] * (cols + 1)  # the last entry stays 0 and flushes the stack
    best = 0
    for line in data[2:2 + rows]:
        for c in range(cols):
            heights[c] = heights[c] + 1 if line[c] == '1' else 0
        # Largest rectangle under the histogram: a stack of column indices, increasing heights.
        stack = []
        for c in range(cols + 1):
            h = heights[c]
            while stack and heights[stack[-1]] >= h:
                top = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                area = top * (c - left)
                if area > best:
                    best = area
            stack.append(c)
    print(best)


main()
