using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.AddCartItem;

/// <summary>
/// Checks the chosen option ids against the menu's option groups, as the database has them now. The first problem
/// wins, in a fixed order (duplicates, ids not of this menu, then each group in display order: required, too few,
/// too many, sold out), so the same choice always gets the same answer. Messages name the group.
/// An optional group may be left out entirely; once anything of it is chosen, its minimum applies.
/// </summary>
internal static class OptionChoiceRules
{
    public static Result Check(MenuDetail menu, IReadOnlyList<long> chosenIds)
    {
        if (chosenIds.Count != chosenIds.Distinct().Count())
        {
            return ErrorCatalog.OptionDuplicated;
        }

        var groupOfOption = menu.OptionGroups
            .SelectMany(group => group.Options.Select(option => (option.OptionId, Group: group)))
            .ToDictionary(pair => pair.OptionId, pair => pair.Group);
        if (chosenIds.Any(id => !groupOfOption.ContainsKey(id)))
        {
            return ErrorCatalog.OptionNotOfMenu;
        }

        var chosen = chosenIds.ToHashSet();
        foreach (var group in menu.OptionGroups)
        {
            var picked = group.Options.Where(option => chosen.Contains(option.OptionId)).ToList();
            var problem = CheckGroup(group, picked);
            if (problem is not null)
            {
                return problem;
            }
        }

        return Result.Ok();
    }

    private static Error? CheckGroup(OptionGroup group, IReadOnlyList<MenuOption> picked)
    {
        var atLeast = group.Required ? Math.Max(1, group.MinSelect) : group.MinSelect;
        if (picked.Count == 0 && group.Required)
        {
            return ErrorCatalog.OptionRequired.WithMessage($"'{group.Name}' 옵션을 {atLeast}개 이상 선택해 주세요.");
        }

        if (picked.Count > 0 && picked.Count < atLeast)
        {
            return ErrorCatalog.OptionTooFew.WithMessage($"'{group.Name}' 옵션을 {atLeast}개 이상 선택해 주세요.");
        }

        if (picked.Count > group.MaxSelect)
        {
            return ErrorCatalog.OptionTooMany.WithMessage($"'{group.Name}' 옵션은 최대 {group.MaxSelect}개까지 선택할 수 있어요.");
        }

        var soldOut = picked.FirstOrDefault(option => option.SoldOut);
        return soldOut is null
            ? null
            : ErrorCatalog.OptionSoldOut.WithMessage($"'{group.Name}'의 '{soldOut.Name}' 옵션은 품절이에요.");
    }
}
