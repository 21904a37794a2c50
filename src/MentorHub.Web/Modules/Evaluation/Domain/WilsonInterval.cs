using MathNet.Numerics.Distributions;

namespace MentorHub.Web.Modules.Evaluation.Domain;

/// <summary>
/// The Wilson score interval for a proportion. Chosen over the textbook (Wald) interval because
/// outcome shares sit near 80–90% in small schools, where Wald runs past 100% or collapses to a point.
/// </summary>
internal static class WilsonInterval
{
    public const double DefaultConfidence = 0.95;

    /// <summary>The interval for <paramref name="successes"/> of <paramref name="trials"/>; null when there are no trials.</summary>
    public static (double Low, double High)? Compute(int successes, int trials, double confidence = DefaultConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "There cannot be more successes than trials.");
        }

        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        }

        if (trials == 0)
        {
            return null;
        }

        var z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var halfWidth = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));

        // At k = 0 and k = n the bound is exactly 0 or 1 in theory; rounding must not leave -1e-17.
        var low = successes == 0 ? 0 : Math.Max(0, centre - halfWidth);
        var high = successes == trials ? 1 : Math.Min(1, centre + halfWidth);
        return (low, high);
    }
}
