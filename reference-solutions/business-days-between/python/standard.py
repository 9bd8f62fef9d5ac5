from datetime import date


def business_days(starts, ends):
    # Day numbers from the datetime module (day 1 = 0001-01-01, a Monday); business days among
    # 1..t are t // 7 * 5 + min(t % 7, 5).
    out = []
    for s, e in zip(starts, ends):
        a = date.fromisoformat(s).toordinal() - 1
        b = date.fromisoformat(e).toordinal()
        if b > a:
            out.append(b // 7 * 5 + min(b % 7, 5) - a // 7 * 5 - min(a % 7, 5))
        else:
            out.append(0)
    return out
