using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>Refuses a dataset for a school that does not file it (the technician college's output for a 中职 school),
/// with a message naming the dataset, the school and the school types that do file it.</summary>
internal static class DatasetApplicability
{
    public static void Ensure(DatasetDefinition dataset, SchoolDto school, JsonStringLocalizer localizer)
    {
        if (dataset.AppliesTo(school.Type))
        {
            return;
        }

        // Localized now, in the caller's culture: the message's arguments are plain text.
        var types = string.Join(localizer["Filing:ListSeparator"].Value, (dataset.SchoolTypes ?? []).Select(t => localizer["Enum:SchoolType." + t].Value));
        throw new BusinessException(FilingErrorCodes.NotApplicable, ErrorKind.Validation, new Dictionary<string, object?>
        {
            ["dataset"] = localizer["Dataset:" + dataset.Code].Value,
            ["school"] = school.Name,
            ["schoolType"] = localizer["Enum:SchoolType." + school.Type].Value,
            ["types"] = types,
        });
    }
}
