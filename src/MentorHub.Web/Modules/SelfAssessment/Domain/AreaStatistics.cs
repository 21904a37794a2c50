using MathNet.Numerics.Distributions;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>n, Σx and Σx² of a sample: enough to rebuild mean and variance without the values.</summary>
internal readonly record struct SampleMoments(int N, double Sum, double SumOfSquares)
{
    // Σx² − (Σx)²/n cancels badly when every value is equal (e.g. all means 13/3), leaving a
    // residue of ~1e-15 instead of 0; below this relative size we call the spread zero so that
    // "no variance" gives null statistics rather than an effect size of 10^7.
    private const double RelativeZero = 1e-10;

    public double? Mean => N > 0 ? Sum / N : null;

    /// <summary>Σ(x − mean)², clamped at zero; 0 for n ≤ 1.</summary>
    public double SumOfSquaredDeviations
    {
        get
        {
            if (N <= 1)
            {
                return 0;
            }

            var ss = SumOfSquares - (Sum * Sum / N);
            return ss <= RelativeZero * Math.Max(1.0, SumOfSquares) ? 0 : ss;
        }
    }

    /// <summary>Sample variance (n − 1 denominator); null below two values.</summary>
    public double? Variance => N >= 2 ? SumOfSquaredDeviations / (N - 1) : null;

    public double? StandardDeviation => Variance is { } v ? Math.Sqrt(v) : null;
}

/// <summary>A change between two samples: the difference and, where defined, d and the Welch interval.</summary>
internal sealed record MeanComparison(
    double Difference,
    double? EffectSize,
    double? CiLow,
    double? CiHigh,
    double? DegreesOfFreedom);

internal static class AreaStatistics
{
    public const double DefaultConfidence = 0.95;

    /// <summary>
    /// Compares <paramref name="current"/> with <paramref name="previous"/> (difference = current − previous).
    /// Cohen's d uses the pooled SD; the interval is Welch's, which does not assume equal variances,
    /// since two rounds of one school often differ in size and spread. Undefined parts are null.
    /// </summary>
    public static MeanComparison? Compare(SampleMoments current, SampleMoments previous, double confidence = DefaultConfidence)
    {
        if (current.Mean is not { } m1 || previous.Mean is not { } m2)
        {
            return null;
        }

        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        }

        var difference = m1 - m2;
        var interval = WelchInterval(current, previous, difference, confidence);
        return new MeanComparison(
            difference,
            CohensD(current, previous, difference),
            interval?.Low,
            interval?.High,
            WelchDegreesOfFreedom(current, previous));
    }

    /// <summary>d = (m1 − m2) / sqrt(((n1−1)s1² + (n2−1)s2²) / (n1 + n2 − 2)); null when n1 + n2 &lt; 3 or the pooled SD is 0.</summary>
    public static double? CohensD(SampleMoments a, SampleMoments b, double difference)
    {
        var df = a.N + b.N - 2;
        if (a.N < 1 || b.N < 1 || df < 1)
        {
            return null;
        }

        // (n−1)s² is the sum of squared deviations, which is also defined (as 0) for a single value.
        var pooledVariance = (a.SumOfSquaredDeviations + b.SumOfSquaredDeviations) / df;
        if (pooledVariance <= 0)
        {
            return null;
        }

        return Finite(difference / Math.Sqrt(pooledVariance));
    }

    /// <summary>Welch–Satterthwaite degrees of freedom; null when either sample has fewer than two values or both variances are 0.</summary>
    public static double? WelchDegreesOfFreedom(SampleMoments a, SampleMoments b)
    {
        if (a.Variance is not { } va || b.Variance is not { } vb)
        {
            return null;
        }

        var ua = va / a.N;
        var ub = vb / b.N;
        var denominator = (ua * ua / (a.N - 1)) + (ub * ub / (b.N - 1));
        return denominator > 0 ? Finite((ua + ub) * (ua + ub) / denominator) : null;
    }

    /// <summary>The Welch interval for mean(a) − mean(b), or null when the standard error is 0 or undefined.</summary>
    public static (double Low, double High, double DegreesOfFreedom)? WelchInterval(
        SampleMoments a, SampleMoments b, double difference, double confidence = DefaultConfidence)
    {
        if (a.Variance is not { } va || b.Variance is not { } vb || WelchDegreesOfFreedom(a, b) is not { } df)
        {
            return null;
        }

        var se = Math.Sqrt((va / a.N) + (vb / b.N));
        if (!(se > 0))
        {
            return null;
        }

        var t = StudentT.InvCDF(0, 1, df, 1 - ((1 - confidence) / 2));
        var low = Finite(difference - (t * se));
        var high = Finite(difference + (t * se));
        return low is { } l && high is { } h ? (l, h, df) : null;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
