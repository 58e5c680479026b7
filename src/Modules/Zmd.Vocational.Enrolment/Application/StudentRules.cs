using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Enrolment.Contracts;
using Zmd.Vocational.Enrolment.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Enrolment.Application.StudentDataset;

namespace Zmd.Vocational.Enrolment.Application;

/// <summary>The domain rules of one student row, after Filing checked types, code lists and the ID check digit.</summary>
internal static class StudentRules
{
    /// <summary>A child starts vocational school at the earliest ten years after birth.</summary>
    public const int MinimumEntryAge = 10;

    /// <param name="latestEntryYear">The latest plausible entry year: the school year filed for.</param>
    public static void Validate(FilingRow row, int latestEntryYear, IRowErrors errors)
    {
        var id = row.Text(IdNumber);
        var birthDate = row.Date(BirthDate);

        if (id is { Length: 18 })
        {
            // Filing's IdNumber conversion already refused an ID whose birth date is no real date. The message names no
            // date: the error list shows the ID number masked, and the date it holds is exactly what the mask hides.
            var idBirthDate = ResidentIdNumber.BirthDate(id);
            if (idBirthDate is not null && birthDate is not null && birthDate != idBirthDate)
            {
                errors.Add(nameof(StudentRecord.BirthDate), EnrolmentErrorCodes.BirthDateMismatch);
            }

            // The 17th character is the last digit of the sequence number: odd for a man, even for a woman.
            var digit = id[16];
            if (char.IsAsciiDigit(digit) && Genders.TryParse(row.Text(GenderColumn), out var gender))
            {
                var expected = (digit - '0') % 2 == 1 ? Gender.Male : Gender.Female;
                if (gender != expected)
                {
                    errors.Add(nameof(StudentRecord.Gender), EnrolmentErrorCodes.GenderMismatch, new Dictionary<string, object?>
                    {
                        ["digit"] = digit.ToString(),
                    });
                }
            }
        }

        var entryYear = row.Integer(EntryYear);
        if (entryYear is { } entry && birthDate is { } birth)
        {
            var earliest = birth.Year + MinimumEntryAge;
            if (entry > latestEntryYear || entry < earliest)
            {
                errors.Add(nameof(StudentRecord.EntryYear), EnrolmentErrorCodes.EntryYearImplausible, new Dictionary<string, object?>
                {
                    ["entryYear"] = entry,
                    ["earliest"] = earliest,
                    ["latest"] = latestEntryYear,
                });
            }
        }
    }
}
