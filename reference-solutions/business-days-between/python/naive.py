from datetime import datetime, timedelta


def business_days(starts, ends):
    # Each date is parsed with strptime; whole weeks count 5 and the leftover days (at most 6)
    # are checked one by one.
    out = []
    for s, e in zip(starts, ends):
        a = datetime.strptime(s, "%Y-%m-%d")
        b = datetime.strptime(e, "%Y-%m-%d")
        if b < a:
            out.append(0)
            continue
        days = (b - a).days + 1
        count = days // 7 * 5
        d = a
        for _ in range(days % 7):
            if d.weekday() < 5:
                count += 1
            d += timedelta(days=1)
        out.append(count)
    return out
