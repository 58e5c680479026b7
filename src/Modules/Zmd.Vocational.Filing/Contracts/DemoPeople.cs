// A contract shared by every dataset module's IDemoRowGenerator (students, teachers, …): one numbering of generated
// people, so that rows generated for different schools and datasets never name the same person. It sits with the demo
// seeding code but in the Contracts namespace, because other modules may only use Filing's contracts.
namespace Zmd.Vocational.Filing.Contracts;

/// <summary>A generated person's resident ID number, with the birth date and gender it encodes.</summary>
public readonly record struct DemoIdentity(string IdNumber, DateOnly BirthDate, bool IsMale);

/// <summary>Generated people. A serial (<see cref="DemoScope.SerialStart"/> + row index) fixes the ID number's area
/// code, birth month and day and sequence number; the caller chooses only the birth year (from the person's age). So two
/// different serials always give two different ID numbers, whatever years their generators chose.</summary>
public static class DemoPeople
{
    /// <summary>驿城区 and the nine counties of Zhumadian (GB/T 2260), where generated people were born.</summary>
    public static readonly IReadOnlyList<string> AreaCodes =
        ["411702", "411721", "411722", "411723", "411724", "411725", "411726", "411727", "411728", "411729"];

    private const int DaysPerYear = 365;
    private const int Sequences = 1000;

    /// <summary>Distinct serials: areas × days of a non-leap year × 3-digit sequence numbers (3,650,000).</summary>
    public static readonly long Capacity = (long)AreaCodes.Count * DaysPerYear * Sequences;

    // Serials are scattered over the space by an affine bijection (the multiplier is coprime with the capacity,
    // 2^4·5^5·73), so that neighbouring rows of one school are born on different days in different counties.
    private const long Multiplier = 1_234_567;
    private const long Offset = 987_654;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    private const string FamilyNames =
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董肖程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶闫余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺赖龚文";

    private const string MaleChars = "伟强磊军勇杰涛浩宇鹏博晨轩豪俊凯帅超鑫斌辉刚明亮龙飞阳然航泽睿哲铭昊天子一嘉文家志建国振毅";
    private const string FemaleChars = "芳娜敏静丽婷雪欣怡佳琪悦梦雨涵萱颖璐晶倩慧玲燕霞红莉雅婧蕊露洁琳思诗晓若可梓紫依彤";

    /// <summary>Throws unless serials <paramref name="start"/> … start + count − 1 all fit in <see cref="Capacity"/>.</summary>
    public static void EnsureSerials(long start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (start + count > Capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Serials {start} … {start + count - 1} go beyond the {Capacity:N0} distinct generated people.");
        }
    }

    /// <summary>The person of <paramref name="serial"/>, born in <paramref name="birthYear"/>: a valid ID number (MOD 11-2
    /// check character), its birth date, and its gender (odd 17th digit = male).</summary>
    public static DemoIdentity Identity(long serial, int birthYear)
    {
        if (serial < 0 || serial >= Capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), serial, $"A serial is below {Capacity:N0}.");
        }

        var position = ((serial * Multiplier) + Offset) % Capacity;
        var sequence = (int)(position % Sequences);
        var rest = position / Sequences;
        var area = AreaCodes[(int)(rest % AreaCodes.Count)];
        // Days of a non-leap year, so the month and day exist in every birth year (no 29 February).
        var day = new DateOnly(2001, 1, 1).AddDays((int)(rest / AreaCodes.Count));
        var birth = new DateOnly(birthYear, day.Month, day.Day);

        var id = string.Create(18, (area, birth, sequence), static (span, s) =>
        {
            s.area.AsSpan().CopyTo(span);
            Digits(span.Slice(6, 4), s.birth.Year);
            Digits(span.Slice(10, 2), s.birth.Month);
            Digits(span.Slice(12, 2), s.birth.Day);
            Digits(span.Slice(14, 3), s.sequence);
            var sum = 0;
            for (var i = 0; i < 17; i++)
            {
                sum += (span[i] - '0') * Weights[i];
            }

            span[17] = CheckChars[sum % 11];
        });
        return new DemoIdentity(id, birth, sequence % 2 == 1);
    }

    /// <summary>A Chinese name: a family name (common ones more often) and one or two given-name characters.</summary>
    public static string Name(ref DemoRandom random, bool male)
    {
        var family = FamilyNames[random.Skewed(FamilyNames.Length)];
        var chars = male ? MaleChars : FemaleChars;
        var first = chars[random.Next(chars.Length)];
        return random.Chance(0.2)
            ? string.Concat(family.ToString(), first.ToString())
            : string.Concat(family.ToString(), first.ToString(), chars[random.Next(chars.Length)].ToString());
    }

    /// <summary>A stable hash of a text (string.GetHashCode differs between runs), to derive per-school choices.</summary>
    public static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static void Digits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}

/// <summary>A small deterministic random source (SplitMix64) for generators: the same serial and salt give the same
/// choices on every machine and run, and creating one per row costs nothing.</summary>
public struct DemoRandom(ulong seed)
{
    private ulong _state = seed;

    public DemoRandom(long serial, ulong salt)
        : this(((ulong)serial * 0x9E3779B97F4A7C15UL) ^ salt)
    {
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    /// <summary>In [0, <paramref name="maxExclusive"/>), low values much more often (for lists ordered by frequency).</summary>
    public int Skewed(int maxExclusive)
    {
        var u = NextDouble();
        return (int)(u * u * maxExclusive);
    }

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Fisher–Yates, deterministic for the seed.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>The index of a weight, chosen in proportion to the weights.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var u = NextDouble() * total;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
