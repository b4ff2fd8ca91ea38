import type { DecidersOf, InputOf } from '../core/command';
import { forgetPerson } from '../core/erasure.decide';
import * as household from '../core/household.decide';
import { recordAfweging, type RecordAfweging } from '../maatwerk/afweging/afweging.decide';
import {
  evaluateMaatwerkbudget,
  spendMaatwerkbudget,
  type EvaluateMaatwerkbudget,
  type SpendMaatwerkbudget,
} from '../maatwerk/spend/spend.decide';
import { scoreZrm, type ScoreZrm } from '../maatwerk/zrm/zrm.decide';

/** The household lib's own commands: the household, its plan and legal bases, erasure, and maatwerk. */
export interface HouseholdCommands {
  readonly 'household.Register': InputOf<typeof household.registerHousehold>;
  readonly 'household.RecordAddress': InputOf<typeof household.recordAddress>;
  readonly 'household.AddMember': InputOf<typeof household.addMember>;
  readonly 'household.RemoveMember': InputOf<typeof household.removeMember>;
  readonly 'household.AssignRegisseur': InputOf<typeof household.assignRegisseur>;
  readonly 'household.ReleaseRegisseur': InputOf<typeof household.releaseRegisseur>;
  readonly 'household.SetPlanGoal': InputOf<typeof household.setPlanGoal>;
  readonly 'household.EvaluatePlanGoal': InputOf<typeof household.evaluatePlanGoal>;
  readonly 'household.RecordPlanAgreement': InputOf<typeof household.recordPlanAgreement>;
  readonly 'household.RecordSharingBasis': InputOf<typeof household.recordSharingBasis>;
  readonly 'household.EndSharingBasis': InputOf<typeof household.endSharingBasis>;
  readonly 'household.Close': InputOf<typeof household.closeHousehold>;
  readonly 'household.Reopen': InputOf<typeof household.reopenHousehold>;
  readonly 'household.CorrectEntry': InputOf<typeof household.correctEntry>;
  readonly 'household.WithdrawEntry': InputOf<typeof household.withdrawEntry>;
  readonly 'household.ForgetPerson': InputOf<typeof forgetPerson>;
  readonly 'maatwerk.RecordAfweging': RecordAfweging;
  readonly 'maatwerk.ScoreZrm': ScoreZrm;
  readonly 'maatwerk.SpendBudget': SpendMaatwerkbudget;
  readonly 'maatwerk.EvaluateBudget': EvaluateMaatwerkbudget;
}

export const HOUSEHOLD_DECIDERS: DecidersOf<HouseholdCommands> = {
  'household.Register': household.registerHousehold,
  'household.RecordAddress': household.recordAddress,
  'household.AddMember': household.addMember,
  'household.RemoveMember': household.removeMember,
  'household.AssignRegisseur': household.assignRegisseur,
  'household.ReleaseRegisseur': household.releaseRegisseur,
  'household.SetPlanGoal': household.setPlanGoal,
  'household.EvaluatePlanGoal': household.evaluatePlanGoal,
  'household.RecordPlanAgreement': household.recordPlanAgreement,
  'household.RecordSharingBasis': household.recordSharingBasis,
  'household.EndSharingBasis': household.endSharingBasis,
  'household.Close': household.closeHousehold,
  'household.Reopen': household.reopenHousehold,
  'household.CorrectEntry': household.correctEntry,
  'household.WithdrawEntry': household.withdrawEntry,
  'household.ForgetPerson': forgetPerson,
  'maatwerk.RecordAfweging': recordAfweging,
  'maatwerk.ScoreZrm': scoreZrm,
  'maatwerk.SpendBudget': spendMaatwerkbudget,
  'maatwerk.EvaluateBudget': evaluateMaatwerkbudget,
};
