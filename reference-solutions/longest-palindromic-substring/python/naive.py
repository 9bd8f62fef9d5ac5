def longest_palindrome(s):
    best_len, best_start = 0, 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if sub == sub[::-1] and len(sub) > best_len:
                best_len = len(sub)
                best_start = i
    return (best_len, best_start)
