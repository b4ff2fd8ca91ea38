import { Choice } from '../components/form';
import { isAlsoElsewhereRefusal } from './refusals';

/**
 * The box that confirms a person belongs to another household too (co-ouderschap): offered once the api refused the
 * BSN as a member of another household (BSN_IN_OTHER_HOUSEHOLD), and while it is ticked.
 */
export function AlsoElsewhereChoice({
  id,
  bsnError,
  checked,
  onChange,
}: {
  id: string;
  bsnError: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  if (!checked && !isAlsoElsewhereRefusal(bsnError)) return null;
  return (
    <Choice
      id={id}
      type="checkbox"
      name={id}
      label="Deze persoon hoort ook bij een ander huishouden (bijvoorbeeld bij co-ouderschap)"
      checked={checked}
      onChange={onChange}
    />
  );
}
