using MentorHub.Web.Modules.SelfAssessment.Domain;

namespace MentorHub.Tests.Modules.SelfAssessment.Domain;

public sealed class AreaStatisticsTests
{
    // This round: respondent means 4.5, 3, 2.   n1 = 3, Σ = 9.5, Σ² = 33.25.
    //   mean = 9.5 / 3 = 3.166667; SS = 33.25 − 9.5² / 3 = 33.25 − 30.083333 = 3.166667;
    //   s² = SS / 2 = 1.583333; s = 1.258306.
    private static readonly SampleMoments Current = new(3, 9.5, 33.25);

    // Previous round: respondent means 2, 2.5, 3.   n2 = 3, Σ = 7.5, Σ² = 4 + 6.25 + 9 = 19.25.
    //   mean = 2.5; SS = 19.25 − 56.25 / 3 = 0.5; s² = 0.25; s = 0.5.
    private static readonly SampleMoments Previous = new(3, 7.5, 19.25);

    [Fact]
    public void Mean_variance_and_sd_from_sums()
    {
        Assert.Equal(3.1666666667, Current.Mean!.Value, 9);
        Assert.Equal(3.1666666667, Current.SumOfSquaredDeviations, 9);
        Assert.Equal(1.5833333333, Current.Variance!.Value, 9);
        Assert.Equal(1.2583057392, Current.StandardDeviation!.Value, 9);
        Assert.Equal(0.5, Previous.StandardDeviation!.Value, 12);
    }

    [Fact]
    public void Single_respondent_has_a_mean_but_no_sd()
    {
        var one = new SampleMoments(1, 4, 16);

        Assert.Equal(4, one.Mean);
        Assert.Null(one.Variance);
        Assert.Null(one.StandardDeviation);
        Assert.Equal(0, one.SumOfSquaredDeviations);
    }

    [Fact]
    public void No_respondents_has_no_mean()
    {
        Assert.Null(default(SampleMoments).Mean);
        Assert.Null(default(SampleMoments).StandardDeviation);
    }

    [Fact]
    public void Rounding_residue_of_equal_values_is_zero_variance_not_a_tiny_positive_one()
    {
        // Three respondents, each with mean 13/3: Σ² − Σ²/n should be 0 but floating point leaves a residue.
        var m = 13.0 / 3;
        var equal = new SampleMoments(3, m + m + m, (m * m) + (m * m) + (m * m));

        Assert.Equal(0, equal.Variance);
        Assert.Equal(0, equal.StandardDeviation);
    }

    [Fact]
    public void Hand_worked_change_with_cohens_d_and_welch_interval()
    {
        // difference = 3.166667 − 2.5 = 0.666667
        // pooled SD = sqrt((3.166667 + 0.5) / (3 + 3 − 2)) = sqrt(0.916667) = 0.957427
        // d = 0.666667 / 0.957427 = 0.696311
        // Welch: u1 = 1.583333 / 3 = 0.527778, u2 = 0.25 / 3 = 0.083333, se = sqrt(0.611111) = 0.781736
        //   df = 0.611111² / (0.527778² / 2 + 0.083333² / 2) = 0.373457 / 0.142747 = 2.616216
        //   t(0.975, 2.616216) = 3.463567 (independently: see StudentTQuantile below)
        //   CI = 0.666667 ± 3.463567 × 0.781736 = [−2.040928, 3.374262]
        var c = AreaStatistics.Compare(Current, Previous)!;

        Assert.Equal(0.6666666667, c.Difference, 9);
        Assert.Equal(0.6963106238, c.EffectSize!.Value, 8);
        Assert.Equal(2.6162162162, c.DegreesOfFreedom!.Value, 8);
        Assert.Equal(-2.040928, c.CiLow!.Value, 5);
        Assert.Equal(3.374262, c.CiHigh!.Value, 5);
    }

    [Fact]
    public void Welch_interval_matches_an_independent_computation()
    {
        var c = AreaStatistics.Compare(Current, Previous)!;

        // Recompute every step here without the production code or MathNet.
        double n1 = 3, n2 = 3;
        double m1 = (4.5 + 3 + 2) / 3, m2 = (2 + 2.5 + 3) / 3;
        double s1 = (Math.Pow(4.5 - m1, 2) + Math.Pow(3 - m1, 2) + Math.Pow(2 - m1, 2)) / (n1 - 1);
        double s2 = (Math.Pow(2 - m2, 2) + Math.Pow(2.5 - m2, 2) + Math.Pow(3 - m2, 2)) / (n2 - 1);
        var se = Math.Sqrt((s1 / n1) + (s2 / n2));
        var df = Math.Pow((s1 / n1) + (s2 / n2), 2) / ((Math.Pow(s1 / n1, 2) / (n1 - 1)) + (Math.Pow(s2 / n2, 2) / (n2 - 1)));
        var t = StudentTQuantile(0.975, df);

        Assert.Equal(df, c.DegreesOfFreedom!.Value, 10);
        Assert.Equal(m1 - m2 - (t * se), c.CiLow!.Value, 6);
        Assert.Equal(m1 - m2 + (t * se), c.CiHigh!.Value, 6);
    }

    [Fact]
    public void Equal_variances_and_sizes_give_integer_df_and_the_tabled_t_value()
    {
        // a = {2, 3, 4}, b = {1, 2, 3}: both s² = 1, n = 3. df = (2/3)² / (2 × (1/3)² / 2) = 4.
        // t(0.975, 4) = 2.776445 from any t table; se = sqrt(2/3) = 0.816497.
        // CI = 1 ± 2.776445 × 0.816497 = 1 ± 2.266958 = [−1.266958, 3.266958]; d = 1 / 1 = 1.
        var a = new SampleMoments(3, 9, 4 + 9 + 16);
        var b = new SampleMoments(3, 6, 1 + 4 + 9);

        var c = AreaStatistics.Compare(a, b)!;

        Assert.Equal(1, c.Difference, 12);
        Assert.Equal(1, c.EffectSize!.Value, 12);
        Assert.Equal(4, c.DegreesOfFreedom!.Value, 10);
        Assert.Equal(-1.266958, c.CiLow!.Value, 5);
        Assert.Equal(3.266958, c.CiHigh!.Value, 5);
    }

    [Fact]
    public void Single_respondent_in_one_round_gives_d_but_no_interval()
    {
        // Previous round: one respondent with mean 3 (SS = 0). This round: 2, 3, 4 (SS = 2).
        // Pooled SD = sqrt((2 + 0) / (3 + 1 − 2)) = 1; d = (3 − 3) / 1 = 0. Welch needs two per side → null.
        var c = AreaStatistics.Compare(new SampleMoments(3, 9, 29), new SampleMoments(1, 3, 9))!;

        Assert.Equal(0, c.Difference, 12);
        Assert.Equal(0, c.EffectSize!.Value, 12);
        Assert.Null(c.CiLow);
        Assert.Null(c.CiHigh);
        Assert.Null(c.DegreesOfFreedom);
    }

    [Fact]
    public void One_respondent_each_has_a_difference_only()
    {
        // n1 + n2 = 2 < 3: no pooled SD.
        var c = AreaStatistics.Compare(new SampleMoments(1, 4, 16), new SampleMoments(1, 3, 9))!;

        Assert.Equal(1, c.Difference);
        Assert.Null(c.EffectSize);
        Assert.Null(c.CiLow);
    }

    [Fact]
    public void Zero_variance_in_both_rounds_gives_nulls_not_infinity()
    {
        var c = AreaStatistics.Compare(new SampleMoments(4, 16, 64), new SampleMoments(5, 15, 45))!;

        Assert.Equal(1, c.Difference, 12);
        Assert.Null(c.EffectSize);
        Assert.Null(c.CiLow);
        Assert.Null(c.CiHigh);
        Assert.Null(c.DegreesOfFreedom);
    }

    [Fact]
    public void Zero_variance_in_one_round_leaves_welch_df_from_the_other()
    {
        // Previous all 3 (s² = 0); this round 2, 3, 4 (s² = 1, n = 3): df = n1 − 1 = 2, se = sqrt(1/3).
        // t(0.975, 2) = 4.302653; CI = 0 ± 4.302653 × 0.577350 = ±2.484138.
        var c = AreaStatistics.Compare(new SampleMoments(3, 9, 29), new SampleMoments(4, 12, 36))!;

        Assert.Equal(2, c.DegreesOfFreedom!.Value, 10);
        Assert.Equal(-2.484138, c.CiLow!.Value, 5);
        Assert.Equal(2.484138, c.CiHigh!.Value, 5);
    }

    [Fact]
    public void No_mean_on_either_side_means_no_comparison()
    {
        Assert.Null(AreaStatistics.Compare(default, new SampleMoments(3, 9, 29)));
        Assert.Null(AreaStatistics.Compare(new SampleMoments(3, 9, 29), default));
    }

    /// <summary>
    /// The t quantile without MathNet: with t = √ν·tan θ the t density becomes ∝ cos^(ν−1) θ, so
    /// P(T ≤ x) = ½ + ½ · ∫₀^atan(x/√ν) cos^(ν−1) θ dθ / ∫₀^(π/2) cos^(ν−1) θ dθ. Integrate by Simpson, invert by bisection.
    /// </summary>
    private static double StudentTQuantile(double p, double nu)
    {
        static double Integral(double upper, double nu, int steps)
        {
            var h = upper / steps;
            var sum = 0.0;
            for (var i = 0; i <= steps; i++)
            {
                var weight = i == 0 || i == steps ? 1 : (i % 2 == 1 ? 4 : 2);
                sum += weight * Math.Pow(Math.Cos(i * h), nu - 1);
            }

            return sum * h / 3;
        }

        var full = Integral(Math.PI / 2, nu, 200_000);
        double lo = 0, hi = 100;
        for (var k = 0; k < 80; k++)
        {
            var mid = (lo + hi) / 2;
            var cdf = 0.5 + (0.5 * Integral(Math.Atan(mid / Math.Sqrt(nu)), nu, 20_000) / full);
            (lo, hi) = cdf < p ? (mid, hi) : (lo, mid);
        }

        return (lo + hi) / 2;
    }
}
