from datetime import date


def business_days(starts, ends):
    # Dates become day numbers in C (day 1 = 0001-01-01, a Monday); business days among 1..t are
    # t // 7 * 5 + min(t % 7, 5), inlined with a comparison in place of min().
    iso = date.fromisoformat
    out = []
    push = out.append
    for s, e in zip(starts, ends):
        b = iso(e).toordinal()
        a = iso(s).toordinal() - 1
        if b <= a:
            push(0)
            continue
        rb = b % 7
        ra = a % 7
        push((b // 7 - a // 7) * 5 + (rb if rb < 5 else 5) - (ra if ra < 5 else 5))
    return out
