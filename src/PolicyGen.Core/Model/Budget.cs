using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>A budget statement: none, prose, or lines under budget allocations.</summary>
[Doc("A budget: {none: true}, {text: {fr, nl}}, and/or {allocations: [...]}.")]
public sealed class Budget : ModelNode
{
    [Doc("No budgetary impact (pas d'impact budgétaire / geen gevolgen voor de begroting).")]
    public bool? None { get; set; }

    [Markdown, Doc("The budget in prose (also printed before the allocations when both are given).")]
    public LocalizedText? Text { get; set; }

    [Doc("Amounts per budget allocation.")]
    public List<BudgetAllocation>? Allocations { get; set; }
}

/// <summary>An allocation (AB / BA) with its code, label and lines.</summary>
public sealed class BudgetAllocation : ModelNode
{
    [RequiredKey, Doc("The allocation code, five groups: 05.002.08.01.1211.")]
    public string? Code { get; set; }

    [Doc("The allocation's label.")]
    public LocalizedText? Label { get; set; }

    [Doc("An amount for the allocation as a whole, in euros.")]
    public decimal? Amount { get; set; }

    [Doc("What the amount is (commitment, liquidation…).")]
    public BudgetNature? Nature { get; set; }

    [Doc("The lines charged to the allocation.")]
    public List<BudgetLine>? Lines { get; set; }
}

/// <summary>One line: what, how much, and in which stage of spending.</summary>
public sealed class BudgetLine : ModelNode
{
    [RequiredKey, Doc("What the amount is for (a beneficiary, a project).")]
    public LocalizedText? Label { get; set; }

    [Doc("The amount in euros (digits, a point for decimals: 22687.5).")]
    public decimal? Amount { get; set; }

    [Doc("What the amount is (commitment, liquidation…).")]
    public BudgetNature? Nature { get; set; }

    [Markdown, Doc("A comment printed after the amount.")]
    public LocalizedText? Comment { get; set; }
}

/// <summary>The stage of an amount, as the notes word it.</summary>
public enum BudgetNature
{
    /// <summary>engagés / vastgelegd.</summary>
    Committed,

    /// <summary>liquidés / vereffend.</summary>
    Liquidated,

    /// <summary>engagés et liquidés / vastgelegd en vereffend.</summary>
    CommittedAndLiquidated,

    /// <summary>en engagement et liquidation / in vastlegging en vereffening.</summary>
    InCommitmentAndLiquidation,

    /// <summary>en liquidation (partielle) / in (gedeeltelijke) vereffening.</summary>
    PartialLiquidation,

    /// <summary>à engager / vast te leggen.</summary>
    ToCommit,

    /// <summary>estimation / raming.</summary>
    Estimate,
}
