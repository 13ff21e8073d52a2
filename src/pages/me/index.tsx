import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../../components/AsyncView'
import { FirmRecommendations } from '../../components/FirmRecommendations'
import { ReviewBadge } from '../../components/ReviewBadge'
import { freshIdentity, SignIn } from '../../components/SignIn'
import { hasSeekerData, SeekerSection } from '../../components/SeekerSection'
import { useReloadOnShow, useRemote } from '../../hooks/useRemote'
import { accountApi, roleLabels, type DevIdentity, type Me } from '../../services/account'
import { adminApi } from '../../services/admin'
import { devIdentity } from '../../services/cloud'
import { employerApi, type EmployerView, type JobState, type MyJobs } from '../../services/employer'
import { JOB_STATES, jobStateLabels } from '../../../cloudfunctions/_shared/catalog/firms'
import { fetchUnread, MESSAGE_CENTRE, showUnreadOnTab, unreadTotal, type Unread } from '../../services/messages'
import { PRIVACY_URL } from '../../services/privacy'
import { seekerApi, type ProfileData } from '../../services/seeker'
import { formatWan } from '../../utils/jobs'
import { useCareMode } from '../../hooks/useCareMode'
import './index.css'

const go = (url: string) => void Taro.navigateTo({ url })
const REGISTER = '/packages/employer/register/index'
const POST_FORM = '/packages/employer/post-form/index'
const postingsUrl = (state?: JobState) => `/packages/employer/postings/index${state ? `?state=${state}` : ''}`

interface MeData {
  me: Me
  /** A firm's postings, when the caller has a profile. */
  mine: MyJobs | null
  /** What awaits review, for an administrator. */
  pending: { employers: number; jobs: number } | null
  /** A job seeker's profile and counts (also a firm's, from before it registered). */
  seeker: ProfileData | null
  /** How many of a seeker's or firm's 消息 wait (the same count as the tab's badge). */
  unread: Unread | null
}

async function loadMe(): Promise<MeData> {
  const me = await accountApi.me()
  const [mine, queue, seeker, unread] = await Promise.all([
    me.role === 'employer' ? employerApi.mine() : Promise.resolve(null),
    me.role === 'admin' ? adminApi.queue() : Promise.resolve(null),
    // A firm's own earlier job seeking stays within reach (SeekerSection `former`).
    me.role === 'seeker' || me.role === 'employer' ? seekerApi.profile() : Promise.resolve(null),
    me.role === 'seeker' || me.role === 'employer' ? fetchUnread() : Promise.resolve(null),
  ])
  // Again here: at the app's show the tab bar may not have been there to take the badge.
  showUnreadOnTab(unread ? unreadTotal(unread) : 0)
  return { me, mine, pending: queue?.counts ?? null, seeker, unread }
}

function RoleSwitcher({ identities, current, onSwitch }: { identities: readonly DevIdentity[]; current: string | null; onSwitch: (id: string) => void }) {
  return (
    <View className='card'>
      <Text className='card__title'>切换身份（本地体验）</Text>
      <Text className='muted'>本地模式下可用预置账号体验不同角色</Text>
      <View className='role-switcher'>
        <View className='chip' onClick={() => onSwitch(freshIdentity())}>
          新用户
        </View>
        {identities.map((identity) => (
          <View
            key={identity.openId}
            className={`chip ${identity.openId === current ? 'chip--active' : ''}`}
            onClick={() => onSwitch(identity.openId)}
          >
            {identity.label}
          </View>
        ))}
      </View>
    </View>
  )
}

function FirmProfile({ employer }: { employer: EmployerView }) {
  return (
    <View className='card me-firm'>
      <View className='me-firm__head'>
        <Text className='card__title me-firm__name'>{employer.name}</Text>
        <ReviewBadge state={employer.status} label={employer.statusLabel} />
      </View>
      <Text className='me-firm__line'>{`${employer.industryLabel} · ${employer.city}${employer.district} · ${employer.employees}人`}</Text>
      <Text className='me-firm__line'>{`统一社会信用代码 ${employer.creditCode}`}</Text>
      <Text className='me-firm__line'>{`上年营业收入 ${formatWan(employer.revenue ?? 0)} · 联系人 ${employer.contactName}`}</Text>
      {employer.status === 'pending' && (
        <View className='me-note me-note--warn'>
          <Text>资料已提交，人社部门审核通过后即可发布岗位；审核期间可以先保存岗位草稿。</Text>
          <Text className='link me-link' onClick={() => go(REGISTER)}>
            修改资料
          </Text>
        </View>
      )}
      {employer.status === 'rejected' && (
        <View className='me-note me-note--bad'>
          <Text className='me-note__reason'>{`未通过原因：${employer.reviewReason ?? '未说明'}`}</Text>
          <Button className='btn-primary me-note__btn' size='mini' onClick={() => go(REGISTER)}>
            修改资料重新提交
          </Button>
        </View>
      )}
    </View>
  )
}

function FirmPostings({ mine }: { mine: MyJobs }) {
  return (
    <View className='card me-postings'>
      <View className='me-postings__head'>
        <Text className='card__title'>我的岗位</Text>
        <Text className='link me-link' onClick={() => go(postingsUrl())}>
          全部岗位
        </Text>
      </View>
      <View className='me-states'>
        {JOB_STATES.map((state) => (
          <View key={state} className={`me-state me-state--${state}`} onClick={() => go(postingsUrl(state))}>
            <Text className='me-state__count'>{String(mine.counts[state])}</Text>
            <Text className='me-state__label'>{jobStateLabels[state]}</Text>
          </View>
        ))}
      </View>
      <Button className='btn-primary me-postings__post' onClick={() => go(POST_FORM)}>
        发布岗位
      </Button>
      {!mine.canSubmit && <Text className='muted me-postings__note'>企业认证通过前，岗位只能保存为草稿</Text>}
    </View>
  )
}

function RegisterInvite() {
  return (
    <View className='card me-invite'>
      <Text className='card__title'>企业招聘</Text>
      <Text className='muted me-invite__text'>
        民营企业注册并经人社部门认证后，可在这里免费发布招聘岗位，并查看招满后可申领的一次性吸纳就业补助。
      </Text>
      <Button className='btn-primary' onClick={() => go(REGISTER)}>
        注册企业
      </Button>
    </View>
  )
}

/** The way into 消息, with what waits there. */
function MessagesEntry({ unread, role }: { unread: Unread | null; role: 'seeker' | 'employer' }) {
  const total = unread ? unreadTotal(unread) : 0
  const meta = unread?.reminders ? `${unread.unread}条未读 · ${unread.reminders}场招聘会即将开始` : unread?.unread ? `${unread.unread}条未读` : role === 'seeker' ? '投递进展、面试邀请、招聘会提醒' : '新投递、审核结果、面试答复'
  return (
    <View className='card me-messages'>
      <View className='me-entry' onClick={() => go(MESSAGE_CENTRE)}>
        <Text className='me-entry__label'>消息</Text>
        {total > 0 && <Text className='me-messages__badge'>{total > 99 ? '99+' : String(total)}</Text>}
        <Text className='me-entry__meta'>{meta}</Text>
        <Text className='me-entry__arrow'>›</Text>
      </View>
    </View>
  )
}

function AdminEntries({ pending }: { pending: MeData['pending'] }) {
  const waiting = pending ? pending.employers + pending.jobs : 0
  return (
    <View className='card me-admin'>
      <Text className='card__title'>人社部门工作台</Text>
      <View className='me-entry' onClick={() => go('/packages/admin/queue/index')}>
        <Text className='me-entry__label'>审核队列</Text>
        <Text className='me-entry__meta'>{pending ? `待审 ${waiting} 项（企业 ${pending.employers} · 岗位 ${pending.jobs}）` : ''}</Text>
        <Text className='me-entry__arrow'>›</Text>
      </View>
      <View className='me-entry' onClick={() => go('/packages/admin/stats/index')}>
        <Text className='me-entry__label'>数据统计</Text>
        <Text className='me-entry__meta'>企业与岗位的行业、城市分布</Text>
        <Text className='me-entry__arrow'>›</Text>
      </View>
      <View className='me-entry' onClick={() => go('/packages/admin/matching/index')}>
        <Text className='me-entry__label'>政策找企业</Text>
        <Text className='me-entry__meta'>比对企业条件，找出可免申即享的企业</Text>
        <Text className='me-entry__arrow'>›</Text>
      </View>
      <View className='me-entry' onClick={() => go('/packages/admin/audit/index')}>
        <Text className='me-entry__label'>审计日志</Text>
        <Text className='me-entry__meta'>每项审核决定与投递状态变化</Text>
        <Text className='me-entry__arrow'>›</Text>
      </View>
    </View>
  )
}

/** How this phone shows the app: 标准, or 关怀模式 (large text, strong contrast, a simpler layout). */
function DisplayMode({ care, onSet }: { care: boolean; onSet: (care: boolean) => void }) {
  return (
    <View className='card me-display'>
      <Text className='card__title'>显示</Text>
      {[false, true].map((on) => (
        <View key={String(on)} className={`chip ${on === care ? 'chip--active' : ''}`} onClick={() => onSet(on)}>
          {on ? '关怀模式（大字）' : '标准'}
        </View>
      ))}
    </View>
  )
}

export default function MePage() {
  const care = useCareMode()
  const remote = useRemote(loadMe, 'me')
  useReloadOnShow(remote.reload)
  const switchTo = (openId: string) => {
    devIdentity.set(openId)
    remote.reload()
  }
  return (
    <View className={care.pageClass}>
      <AsyncView remote={remote}>
        {({ me, mine, pending, seeker, unread }) => (
          <>
            <View className='card me-who'>
              <Text className='card__title'>{roleLabels[me.role]}</Text>
              {me.role === 'anonymous' && <SignIn identities={me.devIdentities} onSignedIn={remote.reload} />}
            </View>
            {(me.role === 'seeker' || me.role === 'employer') && <MessagesEntry unread={unread} role={me.role} />}
            {me.employer && <FirmProfile employer={me.employer} />}
            {mine && <FirmPostings mine={mine} />}
            {me.role === 'employer' && <FirmRecommendations />}
            {seeker && me.role === 'seeker' && <SeekerSection data={seeker} onChanged={remote.reload} />}
            {seeker && me.role === 'employer' && hasSeekerData(seeker) && <SeekerSection data={seeker} onChanged={remote.reload} former />}
            {me.role === 'seeker' && <RegisterInvite />}
            {me.role === 'admin' && <AdminEntries pending={pending} />}
            {LOCAL_MODE && me.devIdentities && me.role !== 'anonymous' && <RoleSwitcher identities={me.devIdentities} current={me.openId} onSwitch={switchTo} />}
            <Text className='link me-privacy' onClick={() => go(PRIVACY_URL)}>
              隐私保护指引
            </Text>
          </>
        )}
      </AsyncView>
      <DisplayMode care={care.on} onSet={care.set} />
    </View>
  )
}
