using Zmd.Vocational.Targets.Contracts;

namespace Zmd.Vocational.Targets.Indicators;

/// <summary>An indicator's figure for one place and year. Value is null for "no data": nothing filed, or a zero
/// denominator. Covered: schools whose data went into it.</summary>
internal sealed record IndicatorFigure(decimal? Value, decimal? Numerator, decimal? Denominator, int Covered, int InScope, bool Provisional);

/// <summary>Computes an indicator over a set of schools the way statistics offices do: sum the numerators and the
/// denominators over the schools, then divide (never average the schools' ratios). A school counts only when every
/// measure the indicator uses is in its figures for the basis: a school that filed students but not teachers would
/// otherwise inflate a ratio. City figures and non-additive measures exist for the whole city only.</summary>
internal static class IndicatorCalculator
{
    public static IndicatorFigure Compute(IndicatorDefinition indicator, YearFigures year, IReadOnlyList<PlaceSchool> schools, bool wholeCity,
        DataBasis basis, Func<string, MeasureLevel> levelOf)
    {
        var schoolCodes = indicator.Codes.Where(c => levelOf(c) == MeasureLevel.School).Distinct().ToList();
        var usesCity = indicator.Codes.Any(c => levelOf(c) != MeasureLevel.School);
        if (usesCity && !wholeCity)
        {
            return new IndicatorFigure(null, null, null, 0, schools.Count, false);
        }

        var provisional = false;
        var covered = new List<IReadOnlyDictionary<string, StateValue>>();
        if (schoolCodes.Count > 0)
        {
            foreach (var school in schools)
            {
                if (year.School(school.Id) is { } values && schoolCodes.All(c => values.TryGetValue(c, out var v) && v.CountsFor(basis)))
                {
                    covered.Add(values);
                    provisional |= schoolCodes.Any(c => values[c].State != Filing.Contracts.FilingState.Approved);
                }
            }

            if (covered.Count == 0)
            {
                return new IndicatorFigure(null, null, null, 0, schools.Count, false);
            }
        }

        decimal? Measure(string code, IReadOnlyDictionary<string, StateValue>? school)
        {
            switch (levelOf(code))
            {
                case MeasureLevel.School:
                    return school![code].Value;
                case MeasureLevel.AcrossSchools:
                    provisional |= year.AcrossSchoolsProvisional(basis);
                    return year.AcrossSchools(basis, code);
                default:
                    if (year.City(code) is { } v && v.CountsFor(basis))
                    {
                        provisional |= v.State != Filing.Contracts.FilingState.Approved;
                        return v.Value;
                    }

                    return null;
            }
        }

        decimal? Sum(LinearExpression expression)
        {
            if (expression.Codes.All(c => levelOf(c) != MeasureLevel.School))
            {
                return expression.Evaluate(c => Measure(c, null));
            }

            var sum = 0m;
            foreach (var school in covered)
            {
                sum += expression.Evaluate(c => Measure(c, school)) ?? 0m;
            }

            return sum;
        }

        var numerator = Sum(indicator.Numerator);
        var denominator = indicator.Denominator is { } d ? Sum(d) : null;
        decimal? value = indicator.Denominator is null
            ? numerator * indicator.Factor
            : numerator is { } n && denominator is { } q && q != 0m ? n / q * indicator.Factor : null;
        // A city-wide non-additive figure covers the schools it was computed over.
        var coveredCount = schoolCodes.Count > 0 ? covered.Count
            : indicator.Codes.Any(c => levelOf(c) == MeasureLevel.AcrossSchools) ? year.AcrossSchoolsCovered(basis) : 0;
        return new IndicatorFigure(value, numerator, denominator, coveredCount, schools.Count, provisional && value is not null);
    }
}
